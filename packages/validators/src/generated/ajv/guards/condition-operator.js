export { validate31 as guardConditionOperator };
const schema42 = {"type":"string","enum":["EQ","IN","GE","GT","LE","LT"]};

function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
validate31.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!((((((data === "EQ") || (data === "IN")) || (data === "GE")) || (data === "GT")) || (data === "LE")) || (data === "LT"))){
validate31.errors = [{instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema42.enum}}];
return false;
}
validate31.errors = vErrors;
return errors === 0;
}
