export { validate32 as guardConditionValueType };
const schema43 = {"type":"string","enum":["SCALAR","VARIABLE","USER","QUEUE","TEAM"]};

function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
validate32.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!(((((data === "SCALAR") || (data === "VARIABLE")) || (data === "USER")) || (data === "QUEUE")) || (data === "TEAM"))){
validate32.errors = [{instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema43.enum}}];
return false;
}
validate32.errors = vErrors;
return errors === 0;
}
