export { validate45 as guardSearchSortOrder };
const schema56 = {"type":"string","enum":["ASC","DESC","SCORE"]};

function validate45(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
validate45.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!(((data === "ASC") || (data === "DESC")) || (data === "SCORE"))){
validate45.errors = [{instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema56.enum}}];
return false;
}
validate45.errors = vErrors;
return errors === 0;
}
