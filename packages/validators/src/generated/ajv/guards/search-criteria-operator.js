export { validate47 as guardSearchCriteriaOperator };
const schema58 = {"type":"string","enum":["AND","OR","NOT"]};

function validate47(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
validate47.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!(((data === "AND") || (data === "OR")) || (data === "NOT"))){
validate47.errors = [{instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema58.enum}}];
return false;
}
validate47.errors = vErrors;
return errors === 0;
}
